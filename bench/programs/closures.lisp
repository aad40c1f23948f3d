;;; closures: the same algorithm as closures.scm (map, filter and fold defined here). SBCL, no
;;; declarations.
(defun my-map (f l)
  (if (null l) '() (cons (funcall f (car l)) (my-map f (cdr l)))))

(defun my-filter (p l)
  (cond ((null l) '())
        ((funcall p (car l)) (cons (car l) (my-filter p (cdr l))))
        (t (my-filter p (cdr l)))))

(defun fold (f acc l)
  (if (null l) acc (fold f (funcall f acc (car l)) (cdr l))))

(defun iota (n) (loop for i below n collect i))

(defun compose (f g) (lambda (x) (funcall f (funcall g x))))
(defun make-adder (n) (lambda (x) (+ x n)))
(defun make-scaler (k) (lambda (x) (mod (* x k) 1000003)))

(defparameter *xs* (iota 1000))
(defparameter *adders* (my-map #'make-adder (iota 10)))

(defun round-sum (k)
  (let* ((f (fold #'compose (lambda (x) x) *adders*))
         (g (compose (make-scaler (+ k 1)) f))
         (m (+ 2 (mod k 5)))
         (ys (my-filter (lambda (y) (= 0 (mod y m))) (my-map g *xs*))))
    (fold (lambda (a b) (+ a b)) 0 ys)))

(let ((total 0))
  (dotimes (k 3000) (incf total (round-sum k)))
  (format t "~D~%" total))
