;; Symbols: interning (symbols made at run time are eq? to quoted ones), conversion, case.
;; expect-stdout:
;; | hello
;; | #t
;; | #f
;; | "abc"
;; | xyz
;; | #t
;; | #t
;; | #f
;; | #f
;; | #t
;; | "concat"
;; | (a-symbol "a-string")

(define (show x) (write x) (newline))
(show 'hello)
(show (symbol? 'a))
(show (symbol? "a"))
(show (symbol->string 'abc))
(show (string->symbol "xyz"))
(show (eq? (string->symbol "abc") 'abc))
(show (eq? (string->symbol "brand-new") (string->symbol "brand-new")))
(show (eq? 'a 'b))
(show (eq? 'abc 'ABC))
(show (symbol=? 'q 'q))
(show (symbol->string (string->symbol (string-append "con" "cat"))))
(show (list 'a-symbol (symbol->string 'a-string)))
