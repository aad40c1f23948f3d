;; Procedures as values: folds, filter, procedures in lists, procedure?, repeated application.
;; expect-stdout:
;; | 5050
;; | (1 2 3)
;; | (3 2 1)
;; | (1 3 5 7 9)
;; | (256 16 -16)
;; | #t
;; | #f
;; | #t
;; | 12
;; | (2 4 6)

(define (fold-left f init l)
  (if (null? l) init (fold-left f (f init (car l)) (cdr l))))
(define (fold-right f init l)
  (if (null? l) init (f (car l) (fold-right f init (cdr l)))))
(define (filter pred l)
  (cond ((null? l) '())
        ((pred (car l)) (cons (car l) (filter pred (cdr l))))
        (else (filter pred (cdr l)))))
(define (iota n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons i acc)))))

(display (fold-left + 0 (iota 101))) (newline)
(display (fold-right cons '() '(1 2 3))) (newline)
(display (fold-left (lambda (acc x) (cons x acc)) '() '(1 2 3))) (newline)
(display (filter odd? (iota 10))) (newline)
(display (map (lambda (f) (f 16)) (list (lambda (x) (* x x)) abs -))) (newline)
(display (procedure? car)) (newline)
(display (procedure? 'car)) (newline)
(display (procedure? (lambda () 1))) (newline)
(define (twice f) (lambda (x) (f (f x))))
(display ((twice (twice (lambda (x) (+ x 3)))) 0)) (newline)
(define (map-with-index f l)
  (let loop ((l l) (i 0))
    (if (null? l) '() (cons (f (car l) i) (loop (cdr l) (+ i 1))))))
(display (map-with-index (lambda (x i) (+ x i)) '(2 3 4))) (newline)
