;; Count the solutions of the N-queens problem by backtracking.
;; expect-stdout:
;; | 1
;; | 0
;; | 4
;; | 92

(define (queens board-size)
  (define (safe? col placed)
    (let loop ((rest placed) (distance 1))
      (cond ((null? rest) #t)
            ((or (= (car rest) col)
                 (= (abs (- (car rest) col)) distance))
             #f)
            (else (loop (cdr rest) (+ distance 1))))))
  (define (place row placed)
    (if (= row board-size)
        1
        (let try ((col 0) (count 0))
          (if (= col board-size)
              count
              (try (+ col 1)
                   (if (safe? col placed)
                       (+ count (place (+ row 1) (cons col placed)))
                       count))))))
  (place 0 '()))

(display (queens 1)) (newline)
(display (queens 3)) (newline)
(display (queens 6)) (newline)
(display (queens 8)) (newline)
