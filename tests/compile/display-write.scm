;; display versus write for strings, characters, symbols, lists and booleans.
(define things (list "str" #\c 'sym '(1 "two" #\3) #t #f))
(display things)
(newline)
(write things)
(newline)
