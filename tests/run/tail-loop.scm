;; A named let counting to ten million in constant stack space (proper tail calls).
;; expect-stdout:
;; | 10000000
;; | 49999995000000
;; | 10000000

(let loop ((i 0) (sum 0))
  (if (= i 10000000)
      (begin (display i) (newline) (display sum) (newline))
      (loop (+ i 1) (+ sum i))))

(define (count-to n)
  (let count ((i 0))
    (if (< i n) (count (+ i 1)) i)))
(display (count-to 10000000))
(newline)
