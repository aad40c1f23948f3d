;; Reader parity: reading tests/reader/bad-unexpected-close.txt fails with the message image-builder gives for it
;; (`image-builder --dump-after read tests/reader/bad-unexpected-close.txt`), after "Error in read: ".
;; args: tests/reader/bad-unexpected-close.txt
;; expect-exit: 1
;; expect-stdout:
;; | (a b)
;; expect-stderr:
;; | Error in read: tests/reader/bad-unexpected-close.txt:1:6: unexpected ')'
;; | Backtrace (most recent call first):
;; |   #0 read-all at tests/run/read-error-unexpected-close.scm:39
;; |   #1 read-files at tests/run/read-error-unexpected-close.scm:47
;; |   #2 read-error-unexpected-close.toplevel at tests/run/read-error-unexpected-close.scm:50

;; Print a datum the way bootstrap/src/datum.rs displays it (no quote abbreviation).
(define (show x)
  (cond ((pair? x)
         (display "(")
         (show (car x))
         (show-tail (cdr x))
         (display ")"))
        ((vector? x)
         (display "#(")
         (let loop ((i 0))
           (if (< i (vector-length x))
               (begin
                 (if (> i 0) (display " "))
                 (show (vector-ref x i))
                 (loop (+ i 1)))))
         (display ")"))
        (else (write x))))

(define (show-tail x)
  (cond ((null? x) #t)
        ((pair? x) (display " ") (show (car x)) (show-tail (cdr x)))
        (else (display " . ") (show x))))

;; Every datum of the port, one per line.
(define (read-all port)
  (let ((x (read port)))
    (if (eof-object? x)
        #t
        (begin (show x) (newline) (read-all port)))))

(define (read-files paths)
  (if (pair? paths)
      (begin
        (read-all (open-input-file (car paths)))
        (read-files (cdr paths)))))

(read-files (cdr (command-line)))
(exit 0)
