;; call-with-output-file, call-with-input-file, with-output-to-file and with-input-from-file:
;; the current ports are redirected for the thunk and restored after it; files are closed.
;; expect-stdout:
;; | result-of-the-writer
;; | "line one" "line two" #<eof>
;; | "(a b c)" 3
;; | (current-output-port restored: #t)
;; | (current-input-port restored: #t)
;; | 42 #f

(define (make-directory path)
  (let ((c (string-append path (string (integer->char 0)))))
    (%syscall 83 (+ (%address-of c) 8) 493 0 0 0 0)))
(make-directory "target")
(make-directory "target/vvm-tests")

(define path "target/vvm-tests/io-call-with-file.txt")
(define out-before (current-output-port))
(define in-before (current-input-port))

(display
 (call-with-output-file path
   (lambda (port)
     (write-string "line one\nline two\n" port)
     'result-of-the-writer)))
(newline)

(call-with-input-file path
  (lambda (port)
    (let* ((a (read-line port)) (b (read-line port)) (c (read-line port)))
      (write a) (display " ") (write b) (display " ") (write c) (newline))))

(define n
  (with-output-to-file path
    (lambda ()
      (write '(a b c))
      (newline)
      3)))
(with-input-from-file path
  (lambda ()
    (write (read-line)) (display " ") (display n) (newline)))

(display "(current-output-port restored: ")
(display (eq? (current-output-port) out-before))
(display ")")
(newline)
(display "(current-input-port restored: ")
(display (eq? (current-input-port) in-before))
(display ")")
(newline)

(define kept #f)
(display (call-with-output-file path (lambda (port) (set! kept port) 42)))
(display " ")
(display (output-port-open? kept))
(newline)
