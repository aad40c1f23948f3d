;; Hash tables grow as they fill: many fixnum, string and list keys, deletions, and sums that check
;; every association.
;; Under the stress test, collect every 64 KiB: it allocates tens of thousands of entries.
;; gc-stress: 65536
;; expect-stdout:
;; | 20000 399980000
;; | 10000 199980000
;; | 10000 #f #t
;; | 5000 12497500
;; | 3000 4498500
;; | 0

(define t (make-hash-table))
(do ((i 0 (+ i 1))) ((= i 20000)) (hash-table-set! t i (* 2 i)))
(define (sum-values t) (hash-table-fold t (lambda (k v acc) (+ v acc)) 0))
(display (hash-table-size t)) (display " ")
(display (sum-values t)) (newline)
;; Delete the odd keys.
(do ((i 1 (+ i 2))) ((> i 20000)) (hash-table-delete! t i))
(display (hash-table-size t)) (display " ")
(display (sum-values t)) (newline)
(display (hash-table-size t)) (display " ")
(display (hash-table-contains? t 777)) (display " ")
(display (hash-table-contains? t 778)) (newline)

(define s (make-hash-table string=?))
(do ((i 0 (+ i 1))) ((= i 5000)) (hash-table-set! s (number->string i) i))
(display (hash-table-size s)) (display " ")
(display (let loop ((i 0) (acc 0))
           (if (= i 5000) acc (loop (+ i 1) (+ acc (hash-table-ref s (number->string i)))))))
(newline)

(define l (make-hash-table equal?))
(do ((i 0 (+ i 1))) ((= i 3000)) (hash-table-set! l (list 'k i (number->string i)) i))
(display (hash-table-size l)) (display " ")
(display (let loop ((i 0) (acc 0))
           (if (= i 3000) acc (loop (+ i 1) (+ acc (hash-table-ref l (list 'k i (number->string i))))))))
(newline)
(do ((i 0 (+ i 1))) ((= i 3000)) (hash-table-delete! l (list 'k i (number->string i))))
(display (hash-table-size l))
(newline)
