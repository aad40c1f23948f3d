;; Ackermann, Takeuchi and the towers of Hanoi.
;; gc-stress: 4096
;; (under stress, every 4 KiB: deep recursion with allocation at every level)
;; expect-stdout:
;; | 9
;; | 61
;; | 7
;; | ((a . b) (a . c) (b . c))
;; | 1023

(define (ack m n)
  (cond ((= m 0) (+ n 1))
        ((= n 0) (ack (- m 1) 1))
        (else (ack (- m 1) (ack m (- n 1))))))
(display (ack 2 3)) (newline)
(display (ack 3 3)) (newline)

(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y))))
(display (tak 18 12 6)) (newline)

(define (hanoi n from to via)
  (if (= n 0)
      '()
      (append (hanoi (- n 1) from via to)
              (list (cons from to))
              (hanoi (- n 1) via to from))))
(write (hanoi 2 'a 'c 'b)) (newline)
(display (length (hanoi 10 'a 'c 'b))) (newline)
