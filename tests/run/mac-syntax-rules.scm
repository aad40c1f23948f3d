;; syntax-rules: several rules, recursion, literals, ellipsis depth 2, vector and dotted
;; patterns, a custom ellipsis, the (... ...) escape, let-syntax, letrec-syntax, and
;; define-syntax in a body.
;; expect-stdout:
;; | 5
;; | 2
;; | (1 4 6 (2 3 5))
;; | 2
;; | 012
;; | 20
;; | 42
;; | #t
;; | (1 2 3)
;; | (1 (2 3))
;; | (1 2 (... ...))
;; | ((1 ...) (2 ...))
;; | (x y z)
;; | ()

(define-syntax my-or
  (syntax-rules ()
    ((_) #f)
    ((_ e) e)
    ((_ e r ...) (let ((t e)) (if t t (my-or r ...))))))
(display (my-or #f #f 5)) (newline)

(define-syntax my-let*
  (syntax-rules ()
    ((_ () body ...) (let () body ...))
    ((_ ((x v) rest ...) body ...) (let ((x v)) (my-let* (rest ...) body ...)))))
(display (my-let* ((a 1) (b (+ a 1))) (* a b))) (newline)

;; Depth 2: each (a b ...) group; b ... ... flattens the groups.
(define-syntax flat
  (syntax-rules ()
    ((_ (a b ...) ...) '(a ... (b ... ...)))))
(display (flat (1 2 3) (4 5) (6))) (newline)

(define-syntax my-cond
  (syntax-rules (else)
    ((_ (else e)) e)
    ((_ (c e) clause ...) (if c e (my-cond clause ...)))))
(display (my-cond (#f 1) (else 2))) (newline)

(define-syntax while
  (syntax-rules ()
    ((_ c body ...) (let lp () (when c body ... (lp))))))
(define i 0)
(while (< i 3) (display i) (set! i (+ i 1)))
(newline)

(define-syntax ten (syntax-rules () ((_) 10)))
(define (k)
  (define-syntax twice (syntax-rules () ((_ e) (* 2 e))))
  (define z (ten))
  (twice z))
(display (k)) (newline)

(display (let-syntax ((foo (syntax-rules () ((_ x) (+ x 1))))) (foo 41))) (newline)
(display (letrec-syntax ((ev? (syntax-rules () ((_ n) (if (= n 0) #t (od? (- n 1))))))
                         (od? (syntax-rules () ((_ n) (if (= n 0) #f #t)))))
           (ev? 2)))
(newline)

(define-syntax vec-pat (syntax-rules () ((_ #(a ...)) (list a ...))))
(display (vec-pat #(1 2 3))) (newline)
(define-syntax dot-pat (syntax-rules () ((_ a . b) '(a b))))
(display (dot-pat 1 2 3)) (newline)
(define-syntax my-elli (syntax-rules ::: () ((_ a :::) (list a ::: '(... ...)))))
(display (my-elli 1 2)) (newline)
(define-syntax esc (syntax-rules () ((_ a ...) '((a (... ...)) ...))))
(display (esc 1 2)) (newline)
;; A vector template, and an empty match.
(define-syntax vec-out (syntax-rules () ((_ a ...) (vector->list #(a ...)))))
(display (vec-out x y z)) (newline)
(define-syntax none (syntax-rules () ((_ a ...) '(a ...))))
(display (none)) (newline)
