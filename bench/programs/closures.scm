;;; closures: higher-order procedures over lists. Each of 3000 rounds composes ten adder
;;; closures into one procedure with a fold, composes that with a scaler closed over the round,
;;; maps it over a list of 1000 numbers, filters with a closure and sums with a fold.
;;; map, filter and fold are defined here, the same in every language. Prints a checksum.
(define (my-map f l)
  (if (null? l) '() (cons (f (car l)) (my-map f (cdr l)))))

(define (my-filter p l)
  (cond ((null? l) '())
        ((p (car l)) (cons (car l) (my-filter p (cdr l))))
        (else (my-filter p (cdr l)))))

(define (fold f acc l)
  (if (null? l) acc (fold f (f acc (car l)) (cdr l))))

(define (iota n)
  (let loop ((i (- n 1)) (l '()))
    (if (< i 0) l (loop (- i 1) (cons i l)))))

(define (compose f g) (lambda (x) (f (g x))))
(define (make-adder n) (lambda (x) (+ x n)))
(define (make-scaler k) (lambda (x) (modulo (* x k) 1000003)))

(define xs (iota 1000))
(define adders (my-map make-adder (iota 10)))

(define (round-sum k)
  (let* ((f (fold compose (lambda (x) x) adders))
         (g (compose (make-scaler (+ k 1)) f))
         (m (+ 2 (modulo k 5)))
         (ys (my-filter (lambda (y) (= 0 (modulo y m))) (my-map g xs))))
    (fold (lambda (a b) (+ a b)) 0 ys)))

(define (run k total)
  (if (= k 3000) total (run (+ k 1) (+ total (round-sum k)))))

(display (run 0 0))
(newline)
