;; Hygiene: a macro's own bindings cannot capture the user's names (swap! and its tmp), and
;; a macro's free names mean what they meant where it was defined, whatever the user binds at
;; the use (if, list, t, else). Macros that define macros, macros that expand to definitions
;; at top level and in a body, and a local variable that shadows a macro.
;; expect-stdout:
;; | (2 1)
;; | (b a)
;; | 5
;; | 3
;; | (1 2)
;; | (inner 7)
;; | 12
;; | 6
;; | local
;; | 9
;; | (1 2 3)

(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
(define (swap-test x y)
  (let ((tmp x) (other y))
    (swap! tmp other)
    (list tmp other)))
(display (swap-test 1 2)) (newline)
(define (swap-test2)
  (let ((tmp 'a) (let 'b))
    (swap! tmp let)
    (list tmp let)))
(display (swap-test2)) (newline)

(define-syntax my-or
  (syntax-rules ()
    ((_) #f)
    ((_ e) e)
    ((_ e r ...) (let ((t e)) (if t t (my-or r ...))))))
(define (or-test t) (my-or #f t))
(display (or-test 5)) (newline)
(define (or-test2)
  (let ((if list) (let 0))
    (my-or #f 3)))
(display (or-test2)) (newline)

;; The macro's list is the global list, even where the user binds list.
(define-syntax pair-up (syntax-rules () ((_ a b) (list a b))))
(display (let ((list vector)) (pair-up 1 2))) (newline)

;; A macro that defines a macro.
(define-syntax def-const
  (syntax-rules ()
    ((_ name v) (define-syntax name (syntax-rules () ((_) (list 'inner v)))))))
(def-const seven 7)
(display (seven)) (newline)

;; A macro expanding to a definition, at top level and in a body.
(define-syntax def-double
  (syntax-rules () ((_ name v) (define name (* 2 v)))))
(def-double twelve 6)
(display twelve) (newline)
(define (body-test)
  (def-double six 3)
  six)
(display (body-test)) (newline)

;; A local variable shadows a global macro.
(define (shadow-test)
  (let ((seven (lambda () 'local)))
    (seven)))
(display (shadow-test)) (newline)

;; A local macro's template refers to a variable of the body that defines it.
(define (local-test)
  (define base 4)
  (define-syntax plus-base (syntax-rules () ((_ e) (+ base e))))
  (let ((base 100))
    (plus-base 5)))
(display (local-test)) (newline)

;; A literal matches only the identifier it names where the macro was defined.
(define-syntax my-if
  (syntax-rules (then else)
    ((_ c then t else e) (if c t e))))
(display (my-if #t then '(1 2 3) else 'no)) (newline)
