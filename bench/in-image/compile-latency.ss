;;; Compile latency of Chez Scheme's compile, the peer of compile-latency.scm (see there): how
;;; long (compile FORM) takes for the one-line and the 30-line function of forms.scm (run from
;;; the repository root). Prints "compile-latency NAME MEDIAN-NS MIN-NS RUNS" per form, then a
;;; checksum from calling what was compiled. bench/run runs it and puts the medians in the table.

(define forms
  (with-input-from-file "bench/in-image/forms.scm" (lambda () (let* ((a (read)) (b (read))) (list a b)))))
(define small (car forms))
(define large (cadr forms))

(define (clock-ns)
  (let ((t (current-time 'time-monotonic)))
    (+ (* (time-second t) 1000000000) (time-nanosecond t))))

(define (insert x sorted)
  (cond ((null? sorted) (list x))
        ((<= x (car sorted)) (cons x sorted))
        (else (cons (car sorted) (insert x (cdr sorted))))))

(define (measure name form runs)
  (let loop ((i 0) (times '()) (proc #f))
    (if (< i runs)
        (let* ((t0 (clock-ns))
               (p (lambda () (compile form)))
               (_ (p))
               (t1 (clock-ns)))
          (loop (+ i 1) (insert (- t1 t0) times) p))
        (begin
          (display "compile-latency ") (display name) (display " ")
          (display (list-ref times (quotient runs 2))) (display " ")
          (display (car times)) (display " ")
          (display runs) (newline)
          (proc)))))

(define runs
  (let ((args (command-line-arguments)))
    (if (pair? args) (string->number (car args)) 200)))

(let* ((f (measure "one-line" small runs))
       (g (measure "30-line" large runs)))
  (display "checksum ")
  (display (+ (f 41) (g '(let (x 5) (* x (+ x 1))) '())))
  (newline))
