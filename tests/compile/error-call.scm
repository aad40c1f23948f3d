;; Calling error: the call never returns, the message names the irritants.
(define (checked-div a b)
  (if (= b 0)
      (error "division by zero:" a)
      (quotient a b)))
(display (checked-div 10 2))
(newline)
(checked-div 1 0)
