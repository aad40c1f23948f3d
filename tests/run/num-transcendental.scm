;; exp log sin cos tan atan asin acos, ported from fdlibm (within 1 ulp; asin and acos within
;; about 2): special values, large arguments reduced exactly, logs of bignums beyond the flonum
;; range, and identities checked to a few ulps. Transcendental results are flonums, even of 0.
;; expect-stdout:
;; | (1.0 2.7182818284590455 0.36787944117144233 22026.465794806718 8.218407461554972e307 +inf.0 5e-324 0.0)
;; | (0.0 0.6931471805599453 2.302585092994046 -690.7755278982137 -744.4400719213812 -inf.0 +nan.0 +inf.0)
;; | (3.0 2.0 921.0340371976183 3465.735902799727)
;; | (0.0 0.8414709848078965 -0.8414709848078965 0.49999999999999994 1.2246467991473532e-16 -0.5063656411097588 -0.34999350217129294)
;; | (1.0 0.5403023058681398 0.5000000000000001 -1.0 0.8623188722876839 0.9367521275331447)
;; | (0.0 1.5574077246549023 0.9999999999999999 -14.101419947171719 -0.5872139151569291 -0.373624453987599)
;; | (-0.8522008497671888 0.523214785395139 -0.8178819121159085 -0.9999876894265599 -0.4116229628832498)
;; | (0.0 0.7853981633974483 -0.7853981633974483 1.5707963267948966 -1.5707963267948966 0.4636476090008061)
;; | (0.7853981633974483 2.356194490192345 -2.356194490192345 -0.7853981633974483 3.141592653589793 -3.141592653589793 1.5707963267948966)
;; | (0.0 1.5707963267948966 -0.5235987755982989 0.0 1.5707963267948966 3.141592653589793 1.0471975511965976 +nan.0)
;; | (+nan.0 +nan.0 +nan.0 +inf.0 0.0 -0.0)
;; | #t
;; | (#f #f #t #f)

(define (show x) (write x) (newline))
(define pi 3.141592653589793)
;; Values that are correctly rounded (the same as C's libm gives).
(show (list (exp 0) (exp 1.0) (exp -1) (exp 10) (exp 709) (exp 710) (exp -745) (exp -746)))
(show (list (log 1) (log 2.0) (log 10) (log 1e-300) (log 5e-324) (log 0.0) (log -1.0) (log +inf.0)))
(show (list (log 8 2) (log 100 10) (log (expt 10 400)) (log (expt 2 5000))))
(show (list (sin 0) (sin 1.0) (sin -1.0) (sin (/ pi 6)) (sin pi) (sin 100.0) (sin 1e6)))
(show (list (cos 0) (cos 1.0) (cos (/ pi 3)) (cos pi) (cos 100.0) (cos -1e6)))
(show (list (tan 0) (tan 1.0) (tan (/ pi 4)) (tan -1.5) (tan 100.0) (tan 1e6)))
;; Large arguments are reduced exactly (with 1280 bits of 2/pi), so these are right too.
(show (list (sin 1e22) (cos 1e22) (sin 1e300) (cos 1.7976931348623157e308) (tan 1e100)))
(show (list (atan 0) (atan 1.0) (atan -1) (atan 1e300) (atan -inf.0) (atan 0.5)))
(show (list (atan 1 1) (atan 1 -1) (atan -1 -1) (atan -1 1) (atan 0 -1) (atan -0.0 -1) (atan 1 0)))
(show (list (asin 0) (asin 1) (asin -0.5) (acos 1) (acos 0) (acos -1) (acos 0.5) (asin 2)))
(show (list (sin +nan.0) (cos +inf.0) (exp +nan.0) (exp +inf.0) (exp -inf.0) (sin -0.0)))
;; Identities, to within a few ulps.
(define (close? a b) (<= (abs (- a b)) (* 4e-16 (max 1 (abs a) (abs b)))))
(show (let loop ((x -20.0) (ok #t))
        (if (> x 20.0)
            ok
            (loop (+ x 0.37)
                  (and ok
                       (close? 1.0 (+ (square (sin x)) (square (cos x))))
                       (close? x (log (exp x)))
                       (close? (tan x) (/ (sin x) (cos x)))
                       (close? (atan (tan (/ x 20))) (/ x 20))
                       (close? (exp (* 2 x)) (square (exp x))))))))
(show (map exact? (list (exp 0) (sin 0) (sqrt 4) (atan 0))))
