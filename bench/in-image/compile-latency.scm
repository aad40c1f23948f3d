;;; Compile latency of the compiler in the image (compile-latency.ss is the same for Chez Scheme): how long (compile FORM) takes, from a datum
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
