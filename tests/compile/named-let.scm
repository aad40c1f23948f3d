;; Named let: a loop with an accumulator; the recursive call is a tail call.
(define (sum-to n)
  (let loop ((i 0) (acc 0))
    (if (> i n)
        acc
        (loop (+ i 1) (+ acc i)))))
(display (sum-to 100))
(newline)
