;; String operations: length, ref, append, substring, comparison, conversions.
(define s "hello")
(display (list (string-length s) (string-ref s 1) (string-append s ", world")
               (substring s 1 3) (string=? s "hello") (string->list "ab")
               (list->string (list #\o #\k)) (string? s)))
(newline)
