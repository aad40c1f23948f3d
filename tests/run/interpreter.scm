;; A small evaluator for a Scheme subset, with environments as association lists.
;; expect-stdout:
;; | 7
;; | 120
;; | (1 2 3)
;; | 55
;; | (3 4)
;; | closure

(define (lookup name env)
  (let ((hit (assq name env)))
    (if hit (cdr hit) (error "unbound in evaluator:" name))))

(define (evaluate expr env)
  (cond ((number? expr) expr)
        ((symbol? expr) (lookup expr env))
        ((eq? (car expr) 'quote) (cadr expr))
        ((eq? (car expr) 'if)
         (if (evaluate (cadr expr) env)
             (evaluate (caddr expr) env)
             (evaluate (cadddr expr) env)))
        ((eq? (car expr) 'lambda)
         (list 'closure (cadr expr) (caddr expr) env))
        ((eq? (car expr) 'let)
         (evaluate (cons (list 'lambda (map car (cadr expr)) (caddr expr))
                         (map cadr (cadr expr)))
                   env))
        (else
         (let ((f (evaluate (car expr) env))
               (args (map (lambda (e) (evaluate e env)) (cdr expr))))
           (apply-procedure f args)))))

(define (apply-procedure f args)
  (cond ((procedure? f) (apply f args))
        ((and (pair? f) (eq? (car f) 'closure))
         (let ((params (cadr f)) (body (caddr f)) (env (cadddr f)))
           (evaluate body (append (map cons params args) env))))
        (else (error "not applicable:" f))))

(define global-env
  (list (cons '+ +) (cons '- -) (cons '* *) (cons '= =) (cons '< <)
        (cons 'list list) (cons 'cdr cdr)))

(define (run expr) (evaluate expr global-env))

(display (run '(+ 3 4))) (newline)
(display (run '(let ((fact (lambda (f n) (if (= n 0) 1 (* n (f f (- n 1)))))))
                 (fact fact 5))))
(newline)
(display (run '(list 1 2 3))) (newline)
(display (run '(let ((fib (lambda (f n) (if (< n 2) n (+ (f f (- n 1)) (f f (- n 2)))))))
                 (fib fib 10))))
(newline)
(display (run '(cdr (quote (2 3 4))))) (newline)
(display (car (run '(lambda (x) x)))) (newline)
