"""The passes, one module each; :data:`newsclean.pipeline.PASSES` runs them in order.

The order matters and is reviewed like code: text must be decoded before anything
reads it; front matter and markup go before character repairs so that tags are not
"repaired"; mojibake is reversed before anything else judges characters; ligatures and the long s
become letters before any pass reads words; furniture is
taken out before rejoin, so that a masthead is never glued to a paragraph; column
pieces OCR read out of place are put back before rejoin joins lines into paragraphs; conversion
comes last, after every repair.
"""
