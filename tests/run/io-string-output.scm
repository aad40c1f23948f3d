;; String output ports collect what display, write, write-char, write-string, write-u8 and
;; newline send them; the buffer grows as needed. with-output-to-string captures the current
;; output port, and nests.
;; expect-stdout:
;; | "42 \"quoted\" (a b) #\\x\nλabc!"
;; | 20000 #\0 #\9
;; | "[outer (inner) outer]"
;; | ""
;; | after

(define o (open-output-string))
(display 42 o)
(write-char #\space o)
(write "quoted" o)
(write-string " " o)
(write '(a b) o)
(display " " o)
(write #\x o)
(newline o)
(write-char (integer->char 955) o)
(write-string "abcd" o 0 1)
(write-string "abcd" o 1 3)
(write-u8 33 o)
(write (get-output-string o))
(newline)

(define big (open-output-string))
(let loop ((i 0))
  (if (< i 2000)
      (begin (write-string "0123456789" big) (loop (+ i 1)))))
(define s (get-output-string big))
(display (string-length s)) (display " ")
(write (string-ref s 0)) (display " ")
(write (string-ref s 19999))
(newline)

(write (with-output-to-string
         (lambda ()
           (display "[outer ")
           (display (with-output-to-string (lambda () (display "(inner)"))))
           (display " outer]"))))
(newline)
(write (get-output-string (open-output-string)))
(newline)
(display "after")
(newline)
