;; Nested if: a three-way classifier.
(define (classify n)
  (if (< n 0)
      'negative
      (if (= n 0)
          'zero
          (if (< n 10) 'small 'large))))
(display (list (classify -3) (classify 0) (classify 7) (classify 99)))
(newline)
