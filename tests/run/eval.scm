;; eval, compile and load: each compiles with the compiler in the image, whether this program
;; itself was compiled ahead of time (image-builder --main) or in the image (vvm FILE).
;; expect-stdout:
;; | 7
;; | 42
;; | (a b c)
;; | 120
;; | #t
;; | (25 25)
;; | loaded square.vvm
;; | (144 81)
;; | (caught car expected a pair, got (5))

(display (eval '(+ 3 4) (interaction-environment)))
(newline)
(eval '(define (eval-defined n) (* n 6)))
(display (eval-defined 7))
(newline)
(display (eval ''(a b c)))
(newline)
(define fact-thunk
  (compile '(letrec ((fact (lambda (n) (if (= n 0) 1 (* n (fact (- n 1))))))) (fact 5))))
(display (fact-thunk))
(newline)
(display (procedure? fact-thunk))
(newline)
(define sq (eval '(lambda (x) (* x x))))
(display (list (sq -5) (sq 5)) )
(newline)
(load "tests/run/load/square.vvm")
(display (list loaded-value (square 9)))
(newline)
(display (guard (e ((error-object? e)
                    (list 'caught (error-object-who e) (error-object-message e)
                          (error-object-irritants e))))
  (eval '(car 5))))
(newline)
