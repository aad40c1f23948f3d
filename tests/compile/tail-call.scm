;; Tail calls in if branches, cond, and a call to another procedure.
(define (count-down n)
  (if (= n 0)
      'done
      (count-down (- n 1))))
(define (go n) (count-down n))
(display (go 1000000))
(newline)
