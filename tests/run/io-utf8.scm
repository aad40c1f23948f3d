;; Characters beyond ASCII through ports: written as UTF-8 (string-length counts bytes), read
;; back as one character each; malformed bytes read as U+FFFD.
;; expect-stdout:
;; | "aλ€😀" 10
;; | (#\a #\λ #\€ #\😀)
;; | (97 955 8364 128512)
;; | 65533 98 #<eof>

(define o (open-output-string))
(for-each (lambda (c) (write-char c o)) (list #\a #\λ #\x20AC #\x1F600))
(define s (get-output-string o))
(write s) (display " ") (display (string-length s)) (newline)
(define (chars port)
  (let ((c (read-char port)))
    (if (eof-object? c) '() (cons c (chars port)))))
(write (chars (open-input-string s))) (newline)
(write (map char->integer (chars (open-input-string s)))) (newline)
(define bad (string-append "x" "b"))
(%byte-set! bad 0 255)
(define bp (open-input-string bad))
(display (char->integer (read-char bp))) (display " ")
(display (char->integer (read-char bp))) (display " ")
(write (read-char bp))
(newline)
