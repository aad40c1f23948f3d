;; Quoted symbols and the same symbol compared with eq?.
(define (same? a b) (eq? a b))
(display (list 'hello (same? 'abc 'abc) (same? 'abc 'abd) (symbol? 'x) (symbol? "x")))
(newline)
