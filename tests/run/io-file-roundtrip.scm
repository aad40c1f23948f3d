;; Writing a file with open-output-file and reading it back with open-input-file: lines,
;; characters, data with `read`, and a file larger than the port buffer (4096 bytes).
;; expect-stdout:
;; | "first line"
;; | "λ second"
;; | (data #(1 2) "s")
;; | 7
;; | #<eof>
;; | #<eof>
;; | 10000 #t
;; | #f

;; The tests run from the repository root; make sure target/vvm-tests exists.
(define (make-directory path)
  (let ((c (string-append path (string (integer->char 0)))))
    (%syscall 83 (+ (%address-of c) 8) 493 0 0 0 0)))
(make-directory "target")
(make-directory "target/vvm-tests")

(define path "target/vvm-tests/io-file-roundtrip.txt")
(define out (open-output-file path))
(display "first line" out)
(newline out)
(write-string "λ second\n" out)
(write '(data #(1 2) "s") out)
(display " 7" out)
(close-port out)

(define in (open-input-file path))
(write (read-line in)) (newline)
(write (read-line in)) (newline)
(write (read in)) (newline)
(write (read in)) (newline)
(write (read in)) (newline)
(write (read-char in)) (newline)
(close-input-port in)

(define big "target/vvm-tests/io-file-roundtrip-big.txt")
(call-with-output-file big
  (lambda (port)
    (let loop ((i 0))
      (if (< i 1000)
          (begin (write-string "abcdefghi\n" port) (loop (+ i 1)))))))
(call-with-input-file big
  (lambda (port)
    (let loop ((n 0) (ok #t))
      (let ((line (read-line port)))
        (if (eof-object? line)
            (begin (display (* n 10)) (display " ") (display ok) (newline))
            (loop (+ n 1) (and ok (string=? line "abcdefghi"))))))))
(display (input-port-open? in))
(newline)
