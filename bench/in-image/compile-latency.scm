;;; Compile latency of the compiler in the image (compile-latency.ss is the same for Chez
;;; Scheme): how long (compile FORM) takes, from a datum to native code linked into the running VM
;;; and callable, for the one-line and the 30-line function of forms.scm (run from the repository
;;; root). Prints "compile-latency NAME MEDIAN-NS MIN-NS RUNS" per form, then a checksum from
;;; calling what was compiled. bench/run runs it and puts the medians in the table.

(define forms
  (with-input-from-file "bench/in-image/forms.scm" (lambda () (let* ((a (read)) (b (read))) (list a b)))))
(define small (car forms))
(define large (cadr forms))

(define (clock-ns)
  (let ((ts (make-bytevector 16 0)))
    (%syscall 228 1 (+ (%address-of ts) 8) 0 0 0 0)
    (+ (* (%peek-word (+ (%address-of ts) 8)) 1000000000)
       (%peek-word (+ (%address-of ts) 16)))))

(define (insert x sorted)
  (cond ((null? sorted) (list x))
        ((<= x (car sorted)) (cons x sorted))
        (else (cons (car sorted) (insert x (cdr sorted))))))

(define (measure name form runs)
  (let loop ((i 0) (times '()) (proc #f))
    (if (< i runs)
        (let* ((t0 (clock-ns))
               (p (compile form))
               (t1 (clock-ns)))
          (loop (+ i 1) (insert (- t1 t0) times) p))
        (begin
          (display "compile-latency ") (display name) (display " ")
          (display (list-ref times (quotient runs 2))) (display " ")
          (display (car times)) (display " ")
          (display runs) (newline)
          (proc)))))

(define runs
  (let ((args (command-line)))
    (if (and (pair? args) (pair? (cdr args))) (string->number (cadr args)) 200)))

(let* ((f (measure "one-line" small runs))
       (g (measure "30-line" large runs)))
  (display "checksum ")
  (display (+ (f 41) (g '(let (x 5) (* x (+ x 1))) '())))
  (newline))
