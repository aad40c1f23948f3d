;; Symbols: conversion to and from strings, interning.
(define s (string->symbol "made-at-run-time"))
(display (list s (eq? s 'made-at-run-time) (symbol->string 'abc) (symbol? s)))
(newline)
