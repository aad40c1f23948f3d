;; Redefinition: calls go through the global's value cell, so redefining a procedure of the
;; compiler or the runtime (with set! or define) takes effect at once for every caller.
;; expect-stdout:
;; | generate-ir: 1 functions
;; | 3
;; | generate-ir: 2 functions
;; | (1 4 9)
;; | 42
;; | 2
;; | expected one vector, got

;; Wrap the compiler's generate-ir with set!: eval (which compiles with the compiler in the
;; image) calls the wrapper; then restore it.
(define original-generate-ir %generate-ir)
(define compiled 0)
(set! %generate-ir
      (lambda (unit)
        (let ((module (original-generate-ir unit)))
          (set! compiled (+ compiled 1))
          (display "generate-ir: ")
          (display (vector-length module))
          (display " functions")
          (newline)
          module)))
(display (eval '(+ 1 2))) (newline)
(display (eval '(map (lambda (x) (* x x)) '(1 2 3)))) (newline)
(set! %generate-ir original-generate-ir)
(display (eval '(* 6 7))) (newline)
(display compiled) (newline)

;; A runtime procedure redefined with define: the error entry points of compiled code call it.
(define (%article name) "one")
(display (guard (e (#t (error-object-message e))) (vector-ref (car (list 5)) 0))) (newline)
