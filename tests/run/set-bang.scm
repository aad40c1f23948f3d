;; set! on globals, parameters, let-bound locals, captured locals and internal definitions;
;; redefining a global.
;; expect-stdout:
;; | 3
;; | changed
;; | (2 1)
;; | 10
;; | (0 1 2 3 4)
;; | 20
;; | 6

(define g 1)
(define (bump-g!) (set! g (+ g 1)))
(bump-g!)
(bump-g!)
(display g) (newline)
(set! g 'changed)
(display g) (newline)

(define (swap-test a b)
  (let ((tmp a))
    (set! a b)
    (set! b tmp)
    (list a b)))
(display (swap-test 1 2)) (newline)

(define (sum-list l)
  (let ((total 0))
    (for-each (lambda (x) (set! total (+ total x))) l)
    total))
(display (sum-list '(1 2 3 4))) (newline)

(define (count-up n)
  (define i 0)
  (define acc '())
  (let loop ()
    (when (< i n)
      (set! acc (cons i acc))
      (set! i (+ i 1))
      (loop)))
  (reverse acc))
(display (count-up 5)) (newline)

(define x 10)
(define x 20)
(display x) (newline)

(define (param-mutation n)
  (set! n (* n 2))
  (set! n (+ n 2))
  n)
(display (param-mutation 2)) (newline)
