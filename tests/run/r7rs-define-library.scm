;; User libraries: (import (vvm-test points)) finds tests/run/vvm-test/points.sld beside this
;; file (VVM_LIBRARY_PATH is searched first); its definitions are private to it (the program's own helper and n are other variables), its exports are visible under
;; the names export, only, prefix and rename give, its macros work where they are used, and a
;; library imported twice is loaded once.
;; expect-stdout:
;; | (3 4 25)
;; | (3 4)
;; | (programs-own-helper programs-own-n 2 2)
;; | 3

(import (scheme base) (scheme write) (vvm-test points)
        (prefix (only (vvm-test counter) count) c:))
(define helper 'programs-own-helper)
(define n 'programs-own-n)
(define p (make-point 3 4))
(display (list (point-x p) (py p) (point-norm2 p))) (newline)
(display (with-point (u v) p (list u v))) (newline)
(display (list helper n (c:count) (ticks))) (newline)
(import (rename (vvm-test counter) (tick! bump!)))
(bump!)
(display (c:count)) (newline)
