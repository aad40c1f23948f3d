;; Calls with many arguments: more than the argument registers of a C ABI.
(define (f a b c d e g h i)
  (list a b c d e g h i))
(define (sum8 a b c d e g h i) (+ a b c d e g h i))
(display (f 1 2 3 4 5 6 7 8))
(display (sum8 1 2 3 4 5 6 7 8))
(newline)
