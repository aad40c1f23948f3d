;; String and character literals, with escapes and named characters.
(define s "tab\there \"quoted\"\n")
(define cs (list #\a #\space #\newline #\Z))
(write s)
(write cs)
(newline)
