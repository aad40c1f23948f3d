;; Bignum division (Knuth's algorithm D): quotient, remainder and modulo checked against
;; a = qb + r over 400 pseudo-random operands of up to 270 bits shaped to hit the digit-estimate
;; corrections, cases needing the add-back step, and divisions that leave the fixnum range.
;; It allocates a few million small bignums: a collection at every allocation takes a minute,
;; so the stress test collects every 1 KiB instead.
;; gc-stress: 1024
;; expect-stdout:
;; | (400 204299895)
;; | 1152921504606846975
;; | 1
;; | 1237940039285380274899124225
;; | 1427247692705959881058285969449495136382746621
;; | 48
;; | 10
;; | 3333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333
;; | 629673958
;; | -1152921504606846976
;; | 1152921504606846976
;; | 0
;; | 1
;; | (967334542 664614000496720448087604901434786216)
;; | (408835699 618970023552444416521045911)
;; | (-438248859 209918945858955294)
;; | (-578986789 618970022171046002027630928)

(define (show x) (write x) (newline))
;; A linear congruential generator over exact integers, for reproducible big operands.
(define seed 12345)
(define (random-bits k)
  (let loop ((k k) (acc 0))
    (if (<= k 0)
        acc
        (begin
          (set! seed (modulo (+ (* seed 6364136223846793005) 1442695040888963407) (expt 2 64)))
          (loop (- k 30) (+ (* acc 1073741824) (quotient seed 17179869184)))))))
;; Operands shaped to hit the corrections of Knuth's algorithm D: runs of all-one and all-zero
;; digits, divisors whose top digit is just above or below half the base.
(define (shaped k)
  (let ((r (random-bits 8)))
    (cond ((< r 40) (- (expt 2 (* 30 k)) 1 (random-bits 20)))
          ((< r 80) (+ (expt 2 (* 30 k)) (random-bits 20)))
          ((< r 120) (* (+ (expt 2 29) (random-bits 5)) (expt 2 (* 30 (- k 1)))))
          (else (+ (random-bits (* 30 k)) 1)))))
(define (check a b)
  (let ((q (quotient a b)) (r (remainder a b)) (m (modulo a b)))
    (and (= a (+ (* q b) r))
         (< (abs r) (abs b))
         (or (= r 0) (eq? (negative? r) (negative? a)))
         (or (= m 0) (eq? (negative? m) (negative? b)))
         (= (modulo (- m r) b) 0))))
(define (run n)
  (let loop ((i 0) (ok 0) (sum 0))
    (if (= i n)
        (list ok sum)
        (let* ((a (shaped (+ 1 (modulo (random-bits 8) 9))))
               (b (shaped (+ 1 (modulo (random-bits 8) 5))))
               (a (if (odd? i) (- a) a))
               (b (if (= (modulo i 4) 2) (- b) b)))
          (loop (+ i 1)
                (if (check a b) (+ ok 1) ok)
                (modulo (+ sum (quotient a b) (* 3 (remainder a b))) 1000000007))))))
(show (run 400))
(show (quotient (expt 2 120) (+ (expt 2 60) 1)))
(show (remainder (expt 2 120) (+ (expt 2 60) 1)))
(show (quotient (- (expt 2 180) 1) (- (expt 2 90) 1)))
(show (quotient (* (- (expt 2 150) 1) (- (expt 2 150) 3)) (- (expt 2 150) 1)))
(show (remainder (- (expt 10 50) 1) (+ (expt 10 25) 7)))
(show (quotient (expt 10 100) (expt 10 99)))
(show (quotient (expt 10 100) 3))
(show (remainder (expt 10 100) 1073741823))
(show (quotient 1152921504606846976 -1))
(show (quotient -1152921504606846976 -1))
(show (remainder -1152921504606846976 -1))
(show (modulo -1152921504606846976 1152921504606846977))
;; These four need the add-back step of algorithm D (the estimated digit is one too large even
;; after its correction).
(show (list (quotient 642904080441896847775832687219044911009589148 664614000496720448218122494308117046)
            (remainder 642904080441896847775832687219044911009589148 664614000496720448218122494308117046)))
(show (list (quotient 253057042906146290864612705331661463 618970023670012895112098048)
            (remainder 253057042906146290864612705331661463 618970023670012895112098048)))
(show (list (quotient -291266327694100928338592597780179945043682846 664613999666994977097242416078615449)
            (modulo -291266327694100928338592597780179945043682846 664613999666994977097242416078615449)))
(show (list (quotient 358375466379738472040838437075501386 -618970022407140709163559922)
            (remainder 358375466379738472040838437075501386 -618970022407140709163559922)))
