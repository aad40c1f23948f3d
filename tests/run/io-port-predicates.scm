;; The port predicates and how ports print.
;; expect-stdout:
;; | #t #f #t #t #t #t
;; | #t #t #f #t #t #t
;; | #t #t #f #t
;; | #f #f #f #f #f
;; | #<output-port stdout> #<output-port stderr> #<input-port stdin>
;; | (#<input-port string> #<output-port string>)
;; | #t #f

(define (show . xs)
  (let loop ((xs xs))
    (if (pair? xs)
        (begin (display (car xs)) (if (pair? (cdr xs)) (display " ")) (loop (cdr xs)))))
  (newline))

(define i (open-input-string "x"))
(define o (open-output-string))
(show (port? i) (output-port? i) (input-port? i) (textual-port? i) (binary-port? i) (input-port-open? i))
(show (port? o) (output-port? o) (input-port? o) (textual-port? o) (binary-port? o) (output-port-open? o))
(show (output-port? (current-output-port)) (output-port? (current-error-port))
      (output-port? (current-input-port)) (input-port? (current-input-port)))
(show (port? 5) (port? "x") (port? (vector 1 2)) (input-port? '()) (output-port? car))
(show (current-output-port) (current-error-port) (current-input-port))
(write (list i o))
(newline)
(show (eof-object? (eof-object)) (eof-object? #f))
