;;; Compile latency of Chez Scheme's compile, the peer of compile-latency.scm (see there): how long (compile FORM) takes, from a datum
;;; to native code linked into the running VM and callable, for a one-line function and for a
;;; 30-line one. Prints "compile-latency NAME MEDIAN-NS MIN-NS RUNS" per form, then a checksum
;;; from calling what was compiled. bench/run runs it and puts the medians in the table.

(define small '(lambda (x) (+ x 1)))

(define large
  '(lambda (expr env)
     (define (lookup name env)
       (cond ((null? env) (error "unbound" name))
             ((eq? (car (car env)) name) (cdr (car env)))
             (else (lookup name (cdr env)))))
     (let loop ((e expr))
       (cond ((number? e) e)
             ((symbol? e) (lookup e env))
             ((pair? e)
              (case (car e)
                ((+) (+ (loop (cadr e)) (loop (caddr e))))
                ((-) (- (loop (cadr e)) (loop (caddr e))))
                ((*) (* (loop (cadr e)) (loop (caddr e))))
                ((if) (if (not (= 0 (loop (cadr e))))
                          (loop (caddr e))
                          (loop (cadddr e))))
                ((let)
                 (let* ((b (cadr e))
                        (v (loop (cadr b))))
                   (set! env (cons (cons (car b) v) env))
                   (loop (caddr e))))
                ((quote) (cadr e))
                (else (error "bad form" e))))
             (else (error "bad expression" e))))))

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
