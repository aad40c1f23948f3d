;; write shows strings and characters as literals; display shows their text.
;; expect-stdout:
;; | "a\"b"
;; | a"b
;; | #\a
;; | a
;; | "tab\there"
;; | "line1\nline2"
;; | line1
;; | line2
;; | back\slash
;; | "back\\slash"
;; | "Abc"
;; | ("x" #\y z 1)
;; | (x y z 1)
;; | ("nested" (#\space "q\"q"))
;; | (nested (  q"q))
;; | #("s" #\c)
;; | #(s c)

(write "a\"b") (newline)
(display "a\"b") (newline)
(write #\a) (newline)
(display #\a) (newline)
(write "tab\there") (newline)
(write "line1\nline2") (newline)
(display "line1\nline2") (newline)
(display "back\\slash") (newline)
(write "back\\slash") (newline)
(write "\x41;bc") (newline)
(write '("x" #\y z 1)) (newline)
(display '("x" #\y z 1)) (newline)
(write (list "nested" (list #\space "q\"q"))) (newline)
(display (list "nested" (list #\space "q\"q"))) (newline)
(write (vector "s" #\c)) (newline)
(display (vector "s" #\c)) (newline)
