;; Internal definitions (letrec* semantics, mutual recursion, inside begin) and top-level begin.
;; expect-stdout:
;; | 11
;; | odd
;; | even
;; | 3
;; | 30
;; | #<procedure outer-proc.inner-proc>

(define (f x)
  (define y (* x 2))
  (define (g z) (+ y z))
  (g 1))
(display (f 5)) (newline)

(define (parity n)
  (define (ev? n) (if (= n 0) #t (od? (- n 1))))
  (define (od? n) (if (= n 0) #f (ev? (- n 1))))
  (if (ev? n) 'even 'odd))
(display (parity 7)) (newline)
(display (parity 10)) (newline)

(define (h)
  (begin (define a 1) (define b 2))
  (+ a b))
(display (h)) (newline)

(begin
  (define top-a 10)
  (define top-b 20))
(display (+ top-a top-b)) (newline)

(define (outer-proc)
  (define (inner-proc) 'inner)
  inner-proc)
(display (outer-proc)) (newline)
