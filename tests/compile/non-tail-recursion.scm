;; Non-tail recursion: the result of the recursive call is used.
(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))
(display (fib 20))
(newline)
