;; eq? and equal? tables keyed by heap objects, which they hash by address, stay right while the
;; collector moves the keys (a table rehashes when %gc-epoch changed), and when only the epoch
;; changes.
;; Under the stress test, collect every 64 KiB: it allocates 10^5 vectors of garbage on purpose.
;; gc-stress: 65536
;; expect-stdout:
;; | moved: #t
;; | (2000 2000 2000)
;; | ok
;; | bumped: ok

(define-record-type node (make-node n) node? (n node-n))
(define nodes (let loop ((i 0) (acc '())) (if (= i 2000) acc (loop (+ i 1) (cons (make-node i) acc)))))
(define pairs (let loop ((i 0) (acc '())) (if (= i 2000) acc (loop (+ i 1) (cons (list i) acc)))))
(define by-eq (make-hash-table eq?))
(define by-equal (make-hash-table))
(define by-eqv (make-hash-table eqv?))
(for-each (lambda (k) (hash-table-set! by-eq k (node-n k)) (hash-table-set! by-equal k (node-n k)))
          nodes)
(for-each (lambda (k) (hash-table-set! by-eqv k (car k))) pairs)
(define (check-all)
  (and (let loop ((l nodes))
         (or (null? l)
             (and (= (hash-table-ref by-eq (car l)) (node-n (car l)))
                  (= (hash-table-ref by-equal (car l)) (node-n (car l)))
                  (loop (cdr l)))))
       (let loop ((l pairs))
         (or (null? l)
             (and (= (hash-table-ref/default by-eqv (car l) -1) (car (car l)))
                  (loop (cdr l)))))))
;; Allocate enough garbage for several collections.
(define (garbage n) (if (> n 0) (begin (make-vector 100 0) (garbage (- n 1)))))
(define epoch %gc-epoch)
(define (rounds n ok)
  (if (= n 0)
      ok
      (begin (garbage 20000) (rounds (- n 1) (and (check-all) ok)))))
(define ok (rounds 5 #t))
(display "moved: ") (display (> %gc-epoch epoch)) (newline)
(display (list (hash-table-size by-eq) (hash-table-size by-equal) (hash-table-size by-eqv)))
(newline)
(display (if ok 'ok 'wrong)) (newline)
;; A new epoch alone forces a rehash, which must find everything again.
(set! %gc-epoch (+ %gc-epoch 1))
(display "bumped: ")
(display (if (check-all) 'ok 'wrong))
(newline)
