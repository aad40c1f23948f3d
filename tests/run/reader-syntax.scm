;; Reader syntax: block comments, datum comments, square brackets, radix prefixes, negative
;; numbers, string escapes, multi-line strings with line continuations.
;; expect-stdout:
;; | visible
;; | 3
;; | (a b)
;; | 255
;; | 10
;; | 15
;; | 99
;; | -12
;; | 0
;; | (1 . 2)
;; | "a\tb"
;; | one two

#| a block comment
   #| nested |#
   (display "not displayed") |#
(display #;(hidden) "visible") (newline)
(display (let ([x 1] [y 2]) (+ x y))) (newline)
(display '#;skipped (a b)) (newline)
(display #xff) (newline)
(display #b1010) (newline)
(display #o17) (newline)
(display #d99) (newline)
(display -12) (newline)
(display -0) (newline)
(display '(1 . 2)) (newline)
(write "a\x9;b") (newline)
(display "one \
         two") (newline)
