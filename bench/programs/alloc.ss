;;; alloc (Chez Scheme, no declarations; the same code as alloc.scm): many medium lists and
;;; vectors with random lifetimes over a sliding window of live data, unlike binary-trees'
;;; small, short-lived trees of one shape. A window of 2048 slots holds about 4.7 MB in VVM;
;;; each of 30000 steps builds a list (consed backwards, then reversed: the first copy is
;;; garbage at once) or a vector of 16..271 fixnums and puts it in a random slot, dropping what
;;; was there. Prints a checksum of the elements of every object dropped or left over.
(define window-size 2048)
(define steps 30000)

;; A linear congruential generator modulo 2^32 (products stay below 2^50); returns its top
;; 16 bits.
(define seed 12345)
(define (random!)
  (set! seed (modulo (+ (* seed 69069) 1) 4294967296))
  (quotient seed 65536))

(define (make-list-of n start)
  (let loop ((i 0) (acc '()))
    (if (= i n)
        (reverse acc)
        (loop (+ i 1) (cons (modulo (+ start i) 1000) acc)))))

(define (make-vector-of n start)
  (let ((v (make-vector n 0)))
    (do ((i 0 (+ i 1)))
        ((= i n) v)
      (vector-set! v i (modulo (+ start i) 1000)))))

(define (sum-of x)
  (cond ((pair? x)
         (let loop ((l x) (s 0))
           (if (null? l) s (loop (cdr l) (+ s (car l))))))
        ((vector? x)
         (do ((i 0 (+ i 1))
              (s 0 (+ s (vector-ref x i))))
             ((= i (vector-length x)) s)))
        (else 0)))

(define window (make-vector window-size #f))

(define (run step checksum)
  (if (= step steps)
      checksum
      (let* ((slot (modulo (random!) window-size))
             (n (+ 16 (modulo (random!) 256)))
             (old (vector-ref window slot)))
        (vector-set! window slot
                     (if (even? (random!))
                         (make-list-of n step)
                         (make-vector-of n step)))
        (run (+ step 1) (+ checksum (sum-of old))))))

(define (sum-window i s)
  (if (= i window-size)
      s
      (sum-window (+ i 1) (+ s (sum-of (vector-ref window i))))))

(display (sum-window 0 (run 0 0)))
(newline)
