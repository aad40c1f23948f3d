;; A 40 MB vector, larger than an allocation region, and a 100000-byte string.
;; gc-stress: 4096
;; (under stress, every 4 KiB: a 40 MB vector is copied by every collection)
;; expect-stdout:
;; | 5000000
;; | 5000000
;; | 7
;; | 100000
;; | #\q

(define v (make-vector 5000000 1))
(display (vector-length v))
(newline)
(define (sum-vector v)
  (let loop ((i 0) (sum 0))
    (if (= i (vector-length v)) sum (loop (+ i 1) (+ sum (vector-ref v i))))))
(display (sum-vector v))
(newline)
(vector-set! v 4999999 7)
(display (vector-ref v 4999999))
(newline)
(define s (make-string 100000 #\q))
(display (string-length s))
(newline)
(write (string-ref s 99999))
(newline)
