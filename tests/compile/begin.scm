;; begin sequences effects and yields its last value.
(define (f x)
  (begin
    (display x)
    (display " ")
    (* x x)))
(display (f 6))
(newline)
