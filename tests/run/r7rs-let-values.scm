;; let-values, let*-values, define-values and receive (syntax/derived.vvm): every formals
;; shape, inits evaluated in the outer scope, definitions at top level and in a body.
;; expect-stdout:
;; | (1 2 3 (4 5) (6 7))
;; | (2 1)
;; | (1 2)
;; | (10 20 1 (2 3) (4 5))
;; | (u v)
;; | (1 (2 3))
;; | 3

(let-values (((a b) (values 1 2)) ((c . d) (values 3 4 5)) (e (values 6 7)))
  (display (list a b c d e)) (newline))
(let ((a 1))
  (let-values (((a) (values 2)) ((b) (values a)))
    (display (list a b)) (newline)))
(let*-values (((a) (values 1)) ((b) (values (+ a 1))))
  (display (list a b)) (newline))
(define-values (x y) (values 10 20))
(define-values (p . q) (values 1 2 3))
(define-values all (values 4 5))
(define-values () (values))
(display (list x y p q all)) (newline)
(define (f)
  (define-values (u v) (values 'u 'v))
  (list u v))
(display (f)) (newline)
(receive (h . t) (values 1 2 3) (display (list h t)) (newline))
;; The body of let-values is a body: it may start with definitions.
(display (let-values (((a b) (values 1 2))) (define c (+ a b)) c))
(newline)
