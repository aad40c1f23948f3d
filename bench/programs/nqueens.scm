;;; nqueens: count the solutions of the 10-queens problem, 50 times, with lists (the Gabriel
;;; benchmark's algorithm: candidates are consed, appended and filtered as lists). Prints the
;;; total, 36200.
(define (iota1 n)
  (let loop ((i n) (l '()))
    (if (= i 0) l (loop (- i 1) (cons i l)))))

(define (ok? row dist placed)
  (or (null? placed)
      (and (not (= (car placed) (+ row dist)))
           (not (= (car placed) (- row dist)))
           (ok? row (+ dist 1) (cdr placed)))))

(define (try x y z)
  (if (null? x)
      (if (null? y) 1 0)
      (+ (if (ok? (car x) 1 z)
             (try (append (cdr x) y) '() (cons (car x) z))
             0)
         (try (cdr x) (cons (car x) y) z))))

(define (queens n) (try (iota1 n) '() '()))

(define (run i total)
  (if (= i 0) total (run (- i 1) (+ total (queens 10)))))

(display (run 50 0))
(newline)
