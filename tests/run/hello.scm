;; expect-stdout:
;; | Hello, world!

(display "Hello, world!")
(newline)
