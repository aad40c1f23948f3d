;; Non-tail recursion ten thousand deep: sums, list building, the runtime's recursive map.
;; gc-stress: 4096
;; (under stress, every 4 KiB: each collection scans a stack ten thousand frames deep)
;; expect-stdout:
;; | 50005000
;; | 10000
;; | 10000
;; | 10000
;; | 10000
;; | 50005000

(define (sum-to n) (if (= n 0) 0 (+ n (sum-to (- n 1)))))
(display (sum-to 10000)) (newline)

(define (build n) (if (= n 0) '() (cons n (build (- n 1)))))
(define l (build 10000))
(display (length l)) (newline)
(display (car l)) (newline)

(define (my-length l) (if (null? l) 0 (+ 1 (my-length (cdr l)))))
(display (my-length l)) (newline)

(define copied (map (lambda (x) x) l))
(display (length copied)) (newline)

(define (sum-tree t)
  (cond ((null? t) 0)
        ((pair? t) (+ (sum-tree (car t)) (sum-tree (cdr t))))
        (else t)))
(display (sum-tree l)) (newline)
