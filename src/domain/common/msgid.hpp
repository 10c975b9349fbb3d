#pragma once
// N_("…") marks a string literal as a message id (msgid) so that scripts/extract-messages.sh (xgettext) finds it.
// The string is stored as it is (English) and translated later by the web layer (tr(), tr.Fmt(), …).
// N_ is an identity macro: it changes nothing at run time. No dependencies, so domain code may include it.
#define N_(text) text
