;; Allocation-heavy bignum and flonum arithmetic (300!, a harmonic sum, conversions), so
;; collections move numbers while they are being computed on (see the stress run).
;; expect-stdout:
;; | 2466
;; | 615
;; | 89700
;; | #t
;; | 9.787606036044348
;; | (59049.0 7.178979876918526e23 5.153775207320113e47 2.6561398887587478e95 1.3689147905858837e143)
;; | (100000000000000000000 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104 -1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160)
;; | 2037035976334486086268445688410985099095727383941478212728482879607503730986520995721904128
;; | 100015001102552921865481487026453875070531013770790

(define (show x) (write x) (newline))
;; Allocation-heavy exact and inexact arithmetic, so collections (every allocation under
;; VVM_GC_STRESS=1) move bignums and flonums in the middle of operations on them.
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(define (digit-sum n) (let loop ((n n) (s 0)) (if (= n 0) s (loop (quotient n 10) (+ s (remainder n 10))))))
(define f300 (fact 300))
(show (digit-sum f300))
(show (string-length (number->string f300)))
(show (quotient f300 (fact 298)))
(show (= f300 (string->number (number->string f300 16) 16)))
(define (harmonic n) (let loop ((k 1) (s 0.0)) (if (> k n) s (loop (+ k 1) (+ s (/ 1.0 k))))))
(show (harmonic 10000))
(define l (map (lambda (k) (* (expt 3 k) 1.0)) '(10 50 100 200 300)))
(show l)
(show (map exact (list 1e20 1e100 -1e300)))
(show (apply + (map (lambda (k) (expt 2 k)) '(100 200 300))))
(show (let loop ((i 0) (x (expt 10 50))) (if (= i 50) x (loop (+ i 1) (quotient (* x 1000003) 1000000)))))
