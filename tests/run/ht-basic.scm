;; Hash tables: set, ref, ref/default, contains?/exists?, delete!, size, and how they print.
;; expect-stdout:
;; | #t #f #f
;; | 0
;; | 3
;; | (one two 3)
;; | none
;; | (#t #t #f #f)
;; | 3
;; | uno
;; | (failed zz)
;; | (found 2)
;; | 2 #f
;; | 1
;; | #<hash-table 1>
;; | #<hash-table 1>
;; | (#<hash-table 0>)

(define t (make-hash-table))
(display (hash-table? t)) (display " ")
(display (hash-table? (vector 1 2))) (display " ")
(display (hash-table? 5)) (newline)
(display (hash-table-size t)) (newline)
(hash-table-set! t 'one 1)
(hash-table-set! t "two" 2)
(hash-table-set! t 3 'three)
(display (hash-table-size t)) (newline)
(display (list (if (= (hash-table-ref t 'one) 1) 'one 'bad)
               (if (= (hash-table-ref t (string-append "tw" "o")) 2) 'two 'bad)
               (if (eq? (hash-table-ref t 3) 'three) 3 'bad)))
(newline)
(display (hash-table-ref/default t 'four 'none)) (newline)
(display (list (hash-table-contains? t 'one) (hash-table-exists? t "two")
               (hash-table-contains? t 'four) (hash-table-exists? t "three")))
(newline)
;; Setting an existing key replaces its value and keeps the count.
(hash-table-set! t 'one 'uno)
(display (hash-table-size t)) (newline)
(display (hash-table-ref t 'one)) (newline)
;; The failure thunk and the success procedure.
(display (hash-table-ref t 'zz (lambda () (list 'failed 'zz)))) (newline)
(display (hash-table-ref t "two" (lambda () 'failed) (lambda (v) (list 'found v)))) (newline)
(hash-table-delete! t 'one)
(hash-table-delete! t 'not-there)
(display (hash-table-size t)) (display " ")
(display (hash-table-contains? t 'one)) (newline)
(hash-table-delete! t 3)
(display (hash-table-size t)) (newline)
(display t) (newline)
(write t) (newline)
(write (list (make-hash-table)))
(newline)
